/* Objects of a nested loop, all live until the end: the allocation
   runs at most (the outer header's runs) x (the inner header's runs)
   times in a call, from GCC's iteration counts, and frame storage has
   room for them all: no malloc call.  The frees read the pointers back
   from a local array and are range-tested.  Each object also frees
   the previous iteration's scratch buffer (a second site, exactly the
   object or null: its free is deleted).  */
/* { dg-do run } */
/* No unrolling before the pass (-O3's cunrolli would copy the sites).  */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT -fno-tree-loop-optimize -fno-peel-loops -fno-unroll-loops" } */

#include "alloc-count.h"

__attribute__ ((noinline)) unsigned
grid (unsigned seed)
{
  unsigned *cell[4][3];
  unsigned *scratch = NULL;
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 3; j++)
      {
	unsigned *c = malloc (2 * sizeof (unsigned)); /* { dg-message "promoted to frame storage \\(\[0-9\]+ bytes in this function, room for all \[0-9\]+ objects a call may allocate here\\)" } */
	if (!c)
	  abort ();
	c[0] = seed + i;
	c[1] = seed * 3 + j;
	cell[i][j] = c;
	unsigned *s = malloc (4 * sizeof (unsigned)); /* { dg-message "promoted to frame storage \\(\[0-9\]+ bytes in this function, room for all \[0-9\]+ objects a call may allocate here\\)" } */
	if (!s)
	  abort ();
	s[0] = c[0] ^ c[1];
	s[3] = scratch ? scratch[0] : 7;
	free (scratch);
	scratch = s;
	c[1] += s[3];
      }
  unsigned h = scratch[0];
  free (scratch);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 3; j++)
      {
	h = h * 33 + cell[i][j][0] + cell[i][j][1];
	free (cell[i][j]);
      }
  return h;
}

int
main (void)
{
  unsigned t = 0;
  for (unsigned k = 0; k < 10; k++)
    t = t * 7 + grid (k);
  if (alloc_count_check ("nested loops", 0))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-final { scan-escape-dump "Site 1 runs at most \[0-9\]+ times in a call" } } */
/* Only the frees of cell[i][j] are range-tested: free (scratch) is
   deleted.  */
/* { dg-final { scan-escape-dump-times "range-tested free" 1 } } */
/* { dg-final { valgrind-run } } */
