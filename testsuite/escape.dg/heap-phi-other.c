/* A pointer merged by a conditional with another heap object and then
   freed: the free may release either object.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: freed through a pointer that may point to another object \\(line 2\[01\]\\)" } */
  int *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) stays on the heap: freed through a pointer that may point to another object \\(line 20\\)" } */
  if (!a || !b)
    return -1;
  a[0] = i;
  b[0] = -i;
  int *c = (i & 1) ? a : b;
  int r = c[0];
  free (c);
  free ((i & 1) ? b : a);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 9; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=-4" } */
/* { dg-final { scan-escape-dump-times "heap \\(free-other\\)" 2 } } */
