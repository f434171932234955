/* An object returned to the caller outlives the function.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int *
make (int i)
{
  int *p = malloc (4 * sizeof *p); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: returned from the function \\(line 15\\)" } */
  if (!p)
    abort ();
  p[0] = i;
  return p;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 10; i++)
    {
      int *p = make (i);
      t += p[0];
      free (p);
    }
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=45" } */
/* { dg-final { scan-escape-dump "heap \\(returned\\): 'p'" } } */
/* { dg-final { scan-assembler "call\[ \t\]+malloc" } } */
