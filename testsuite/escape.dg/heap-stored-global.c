/* An object stored to a global variable stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

int *last;

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (8 * sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: stored to global variable 'last' \\(line 16\\)" } */
  if (!p)
    return -1;
  last = p;
  p[i & 7] = i;
  return p[i & 7];
}

int
main (void)
{
  int t = work (3);
  t += last[3];
  free (last);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=6" } */
/* { dg-final { scan-escape-dump "heap \\(stored-global\\): 'p'" } } */
/* { dg-final { scan-assembler "call\[ \t\]+malloc" } } */
