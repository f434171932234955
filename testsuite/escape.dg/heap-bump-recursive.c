/* A recursive function whose loop keeps the previous iteration's
   buffer live: frame storage is charged to the budget of recursive
   functions (max-recursive-frame-size, 0 by default), so the buffers
   stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) unsigned
walk (unsigned depth, unsigned n)
{
  unsigned *prev = NULL;
  unsigned h = depth;
  for (unsigned i = 0; i < n; i++)
    {
      unsigned *cur = malloc (4 * sizeof *cur); /* { dg-message "'cur' \\(16 bytes, malloc\\) stays on the heap: function may be recursive" } */
      if (!cur)
	abort ();
      for (unsigned k = 0; k < 4; k++)
	cur[k] = (prev ? prev[3 - k] : depth) + k + i;
      h = h * 31u + cur[i & 3];
      free (prev);
      prev = cur;
    }
  free (prev);
  /* Two calls: not a tail recursion GCC could turn into a loop.  */
  return depth ? h + (walk (depth - 1, n) ^ walk (depth / 2, n)) : h;
}

int
main (void)
{
  /* Volatile: no clone of walk specialised for constant arguments.  */
  volatile unsigned d = 5, n = 9;
  printf ("h=%u\n", walk (d, n));
  return 0;
}

/* { dg-output "h=49877112" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'cur'" } } */
/* { dg-final { valgrind-run } } */
