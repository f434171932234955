/* aligned_alloc asking for no more than malloc's 16 bytes, in a loop
   where the previous iteration's object is still read after the next
   one is allocated: two objects are live at once, and the site gets
   frame storage, whose pieces are 16-byte aligned.  Every result must
   be aligned as asked; small objects make no allocator call, large
   ones call aligned_alloc (valgrind checks that they are freed).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <stdint.h>
#include <string.h>
#include "alloc-count.h"

__attribute__ ((noinline)) unsigned
chain (unsigned n, size_t len, unsigned *misaligned)
{
  unsigned char *prev = NULL;
  unsigned h = 0;
  for (unsigned i = 0; i < n; i++)
    {
      unsigned char *cur = aligned_alloc (16, len); /* { dg-message "'cur' \\(variable size, aligned_alloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls aligned_alloc\\)" } */
      if (!cur)
	abort ();
      *misaligned += ((uintptr_t) cur & 15) != 0;
      memset (cur, (int) (i * 13u + 1u), len);
      if (prev)
	h = h * 31u + prev[len - 1] + cur[i % len];
      free (prev);
      prev = cur;
    }
  if (prev)
    h += prev[0];
  free (prev);
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0, misaligned = 0;
  /* 24 to 27 bytes: a 32-byte piece each.  */
  for (unsigned r = 0; r < 4; r++)
    t += chain (20, 23 + (unsigned) argc + r, &misaligned);
  if (alloc_count_check ("small objects", 0))
    return 1;
  /* 2000 bytes: more than the storage.  */
  t += chain (5, 1999 + (unsigned) argc, &misaligned);
  if (alloc_count_check ("large objects", 5))
    return 1;
  printf ("t=%u misaligned=%u\n", t, misaligned);
  return 0;
}

/* { dg-output "t=109124973 misaligned=0" } */
/* { dg-final { scan-escape-dump "promoted: 'cur' \\(variable size, aligned_alloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
