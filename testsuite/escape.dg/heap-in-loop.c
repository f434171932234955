/* An allocation inside a loop, even one freed every iteration, is not
   promoted yet: one slot would be shared by every iteration's object.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (48); /* { dg-message "'p' \\(48 bytes, malloc\\) stays on the heap: allocated inside a loop, where objects of several iterations may be live at once" } */
      if (!p)
	return -1;
      p[i % 12] = i;
      s += p[i % 12];
      free (p);
    }
  return s;
}

int
main (void)
{
  printf ("s=%d\n", work (100));
  return 0;
}

/* { dg-output "s=4950" } */
/* { dg-final { scan-escape-dump "heap \\(in-loop\\): 'p'" } } */
