/* Each iteration frees the previous iteration's object before it
   allocates the next: no pointer to an earlier object is live when the
   allocation runs again, so the slot is reused.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int n)
{
  int *prev = NULL;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      if (prev)
	s += prev[0];
      free (prev);
      int *cur = malloc (4 * sizeof *cur); /* { dg-message "'cur' \\(16 bytes, malloc\\) promoted to the stack" } */
      if (!cur)
	return -1;
      cur[0] = i * 3;
      prev = cur;
    }
  s += prev ? prev[0] : 0;
  free (prev);
  return s;
}

int
main (void)
{
  printf ("s=%d\n", work (1000));
  return 0;
}

/* { dg-output "s=1498500" } */
/* { dg-final { valgrind-run } } */
