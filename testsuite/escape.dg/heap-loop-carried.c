/* A pointer to the previous iteration's object is still used after the
   next allocation (to copy from it): two objects are live at once, so
   one slot cannot hold them, and an aligned_alloc asking for more than
   the 16-byte alignment of frame storage's pieces gets no frame
   storage: it stays on the heap, and every object is 64-byte aligned.
   (A calloc or a 16-byte aligned_alloc gets frame storage:
   promote-bump-calloc.c, promote-bump-aligned-alloc.c.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
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
      int *cur = aligned_alloc (64, 8 * sizeof *cur); /* { dg-message "'cur' \\(32 bytes, aligned_alloc\\) stays on the heap: allocated inside a loop, and a pointer to it is still live when the allocation runs again \\(line 2\[0-9\]\\)" } */
      if (!cur || ((uintptr_t) cur & 63) != 0)
	return -1;
      memset (cur, 0, 8 * sizeof *cur);
      if (prev)
	memcpy (cur, prev, 8 * sizeof *cur);
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
/* { dg-final { scan-escape-dump "heap \\(loop-carried\\): 'cur'" } } */
/* { dg-final { valgrind-run } } */
