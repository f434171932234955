/* A pointer to the previous iteration's object is still used after the
   next allocation (to copy from it): two objects are live at once, so
   one slot cannot hold them.  The site gets frame storage; freeing the
   previous object (not the most recent one) gives nothing back, so a
   long run uses the storage up and then calls malloc.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int n)
{
  int *prev = NULL;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      int *cur = malloc (8 * sizeof *cur); /* { dg-message "'cur' \\(32 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!cur)
	return -1;
      if (prev)
	memcpy (cur, prev, 8 * sizeof *cur);
      else
	memset (cur, 0, 8 * sizeof *cur);
      cur[i & 7] += i;
      free (prev);
      prev = cur;
    }
  for (int k = 0; k < 8; k++)
    s += prev[k];
  free (prev);
  return s;
}

int
main (void)
{
  printf ("s=%d\n", work (100));
  return 0;
}

/* { dg-output "s=4950" } */
/* { dg-final { scan-escape-dump "promoted: 'cur' \\(32 bytes, malloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
