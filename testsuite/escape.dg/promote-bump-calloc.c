/* Rows allocated with calloc by a loop and kept in a local array of
   pointers, all live at once, then freed: the site gets frame storage,
   each piece zeroed.  The second round reuses the bytes the last free
   of the first round gave back (they hold that row's data): calloc's
   piece must be zero all the same.  Small rows make no allocator call;
   rows too large for the storage call calloc (valgrind checks that
   exactly those are freed); a count times element size that overflows
   still calls calloc, which returns NULL.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <stdint.h>
#include "alloc-count.h"

#define MAXROWS 8

__attribute__ ((noinline)) unsigned
table (unsigned rows, size_t cols, unsigned *nulls)
{
  unsigned *row[MAXROWS];
  unsigned h = 0, dirty = 0;
  if (rows > MAXROWS)
    rows = MAXROWS;
  for (unsigned round = 0; round < 2; round++)
    {
      for (unsigned i = 0; i < rows; i++)
	{
	  row[i] = calloc (cols, sizeof (unsigned)); /* { dg-message "promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls calloc\\)" } */
	  if (!row[i])
	    {
	      ++*nulls;
	      continue;
	    }
	  for (size_t j = 0; j < cols; j++)
	    dirty += row[i][j] != 0;
	  for (size_t j = 0; j < cols; j++)
	    row[i][j] = round * 1000u + i * 7u + (unsigned) j + 1u;
	}
      for (size_t j = 0; j < cols && j < 4096; j++)
	for (unsigned i = 0; i < rows; i++)
	  if (row[i])
	    h = h * 31u + row[i][j] + (i && row[i - 1] ? row[i - 1][j] : 0u);
      for (unsigned i = 0; i < rows; i++)
	free (row[i]);
    }
  return h + dirty * 100000u;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0, nulls = 0;
  /* 6 rows of 8 to 12 unsigned: at most 6 * 48 bytes of the storage.  */
  for (unsigned r = 0; r < 5; r++)
    t += table (6, 7 + (unsigned) argc + r, &nulls);
  if (alloc_count_check ("small rows", 0))
    return 1;
  /* 300 unsigned a row: 1200 bytes, more than the storage.  */
  t += table (3, 299 + (unsigned) argc, &nulls);
  if (alloc_count_check ("large rows", 6))
    return 1;
  /* cols * 4 overflows size_t: calloc is called, and fails.  */
  t += table (2, SIZE_MAX / 2 + (size_t) argc, &nulls);
  if (alloc_count_check ("overflowing rows", 4))
    return 1;
  printf ("t=%u nulls=%u\n", t, nulls);
  return 0;
}

/* { dg-output "t=2618165272 nulls=4" } */
/* { dg-final { scan-escape-dump "promoted: object \\(variable size, calloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
