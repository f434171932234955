/* Rows allocated by a loop and kept in a local array of pointers, used
   together, then freed by a loop over the array: objects of every
   iteration are live at once.  The site gets frame storage; the free
   in the last loop tests whether each pointer lies in it.  Few small
   rows make no allocator call; large rows do not fit and call malloc
   (valgrind checks that exactly those are freed).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

#define MAXROWS 16

__attribute__ ((noinline)) unsigned
table (unsigned rows, unsigned cols)
{
  unsigned *row[MAXROWS];
  if (rows > MAXROWS)
    rows = MAXROWS;
  for (unsigned i = 0; i < rows; i++)
    {
      row[i] = malloc (cols * sizeof (unsigned)); /* { dg-message "promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!row[i])
	abort ();
      for (unsigned j = 0; j < cols; j++)
	row[i][j] = i * 7u + j;
    }
  unsigned h = 0;
  for (unsigned j = 0; j < cols; j++)
    for (unsigned i = 0; i < rows; i++)
      h = h * 31u + row[i][j] + (i ? row[i - 1][j] : 0u);
  for (unsigned i = 0; i < rows; i++)
    free (row[i]);
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0;
  /* 8 rows of 8 unsigned: 8 * 32 bytes of the storage.  */
  for (unsigned r = 0; r < 5; r++)
    t += table (8, 7 + (unsigned) argc + r);
  if (alloc_count_check ("small rows", 0))
    return 1;
  /* 300 unsigned a row: 1200 bytes, more than the storage.  */
  t += table (4, 299 + (unsigned) argc);
  if (alloc_count_check ("large rows", 4))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=1437675782" } */
/* { dg-final { scan-escape-dump "frame storage\\)" } } */
/* { dg-final { valgrind-run } } */
