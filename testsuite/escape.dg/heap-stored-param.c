/* An object stored through a pointer parameter reaches the caller.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
make (int **out, int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: stored into memory that outlives the function \\(line 15\\)" } */
  if (!p)
    return -1;
  p[0] = i;
  *out = p;
  return 0;
}

int
main (void)
{
  int *p;
  if (make (&p, 42))
    return 1;
  printf ("v=%d\n", p[0]);
  free (p);
  return 0;
}

/* { dg-output "v=42" } */
/* { dg-final { scan-escape-dump "heap \\(stored-nonlocal\\): 'p'" } } */
