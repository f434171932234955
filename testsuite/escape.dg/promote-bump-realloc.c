/* Rows taken from frame storage (several live at once), some of which
   grow with realloc: a realloc of a row in the storage moves it to the
   heap (malloc and a copy of its bytes), where the range-tested free
   releases it; the other rows stay in the storage.  The loop runs at
   most 8 times (n is clamped, and GCC knows i's range), so the storage
   has room for every row: 9 pieces of 16 bytes, as the bound counts
   the loop's header runs.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

#define MAXROWS 8

__attribute__ ((noinline)) unsigned
rows (unsigned n, unsigned grow_mask)
{
  unsigned *row[MAXROWS];
  unsigned len[MAXROWS];
  if (n > MAXROWS)
    n = MAXROWS;
  for (unsigned i = 0; i < n; i++)
    {
      row[i] = malloc (4 * sizeof (unsigned)); /* { dg-message "promoted to frame storage \\(144 bytes in this function, room for all 9 objects a call may allocate here\\)" } */
      if (!row[i])
	abort ();
      len[i] = 4;
      for (unsigned j = 0; j < 4; j++)
	row[i][j] = i * 10u + j;
      if (grow_mask & (1u << i))
	{
	  unsigned *g = realloc (row[i], 12 * sizeof (unsigned));
	  if (!g)
	    abort ();
	  for (unsigned j = 4; j < 12; j++)
	    g[j] = i * 100u + j;
	  row[i] = g;
	  len[i] = 12;
	}
    }
  unsigned h = 0;
  for (unsigned i = 0; i < n; i++)
    for (unsigned j = 0; j < len[i]; j++)
      h = h * 31u + row[i][j];
  for (unsigned i = 0; i < n; i++)
    free (row[i]);
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = rows (6 + (unsigned) argc, 0);
  if (alloc_count_check ("no growth", 0))
    return 1;
  /* Rows 1 and 4 grow: one malloc each.  */
  t += rows (6 + (unsigned) argc, 0x12);
  if (alloc_count_check ("two rows grow", 2))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=191464740" } */
/* { dg-final { scan-escape-dump "range-tested realloc \\(inside the slot's 144 bytes: malloc and copy\\)" } } */
/* { dg-final { valgrind-run } } */
