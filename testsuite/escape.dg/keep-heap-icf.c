/* Identical code folding (-fipa-icf, -O2 and above) must not fold a
   function with a variable marked escape_keep_heap into an identical
   one without: its site would be promoted.  The allocation-counting
   shim shows that c's site still calls malloc; a, whose site is
   promoted, is not called (so that c could be made an alias of it).
   c is declared again after its definition (no warning).  */
/* { dg-do run } */
/* { dg-options "-Wall -fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <string.h>
#include "alloc-count.h"

int
a (int n)
{
  char *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return 0;
  memset (p, n, 16);
  int r = p[n & 15] + n;
  free (p);
  return r;
}

int
c (int n)
{
  char *p __attribute__ ((escape_keep_heap)) = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: 'p' is marked escape_keep_heap" } */
  if (!p)
    return 0;
  memset (p, n, 16);
  int r = p[n & 15] + n;
  free (p);
  return r;
}

int c (int);

int
main (int argc, char **argv)
{
  int bad = 0;
  /* The first printf allocates stdout's buffer: not in a count.  */
  printf ("keep-heap-icf: ");
  alloc_count_calls = 0;
  int y = c (argc + 2);
  /* c's summary (malloc and free clobber no global) would let GCC
     reuse the count it read before the call.  */
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("c", 1);
  printf ("%d %d\n", y, bad);
  return bad;
}

/* { dg-output "keep-heap-icf: 6 0" } */
