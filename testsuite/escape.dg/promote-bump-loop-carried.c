/* Each iteration allocates a buffer and still reads the previous
   iteration's one before freeing it: objects of two iterations are live
   at once, so one fixed slot cannot hold them.  The site gets frame
   storage: each execution takes the next bytes while they last, and
   the heap after that; every free tests whether its pointer lies in the
   storage.  A short run makes no allocator call; a long one runs out of
   storage and calls malloc for the rest (valgrind checks that those are
   freed and nothing else is).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

__attribute__ ((noinline)) unsigned
smooth (unsigned n, unsigned seed)
{
  unsigned *prev = NULL;
  unsigned h = 0;
  for (unsigned i = 0; i < n; i++)
    {
      unsigned *cur = malloc (8 * sizeof *cur); /* { dg-message "'cur' \\(32 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!cur)
	abort ();
      for (unsigned k = 0; k < 8; k++)
	cur[k] = (prev ? prev[(k + 1) & 7] : seed) * 3u + k + i;
      h = h * 31u + cur[i & 7];
      free (prev);
      prev = cur;
    }
  free (prev);
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0;
  /* 1024 bytes hold 32 buffers of 32 bytes.  */
  for (unsigned r = 0; r < 10; r++)
    t += smooth (20 + r, (unsigned) argc + r);
  if (alloc_count_check ("short runs", 0))
    return 1;
  /* Iterations 0-31 fill the storage; from then on every other
     iteration calls malloc: freeing the previous buffer gives its bytes
     back when it was the most recent object taken from the storage.  */
  t += smooth (100, (unsigned) argc);
  if (alloc_count_check ("a long run", (100 - 32) / 2))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=3680874634" } */
/* { dg-final { scan-escape-dump "slot: escape_cur\[.0-9\]* \\(1024 bytes, aligned to 16, frame storage\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'cur' \\(32 bytes, malloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
