/* "Small buffer first": a string builder starts with a 32-byte buffer
   and doubles it with realloc.  The buffer is promoted: short strings
   make no allocator call; a long one moves to the heap at the first
   growth (one malloc), grows there with realloc, and is freed by the
   range-tested free (valgrind checks the heap path).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

__attribute__ ((noinline)) unsigned
build (unsigned n)
{
  unsigned cap = 32, len = 0;
  char *s = malloc (cap); /* { dg-message "'s' \\(32 bytes, malloc\\) promoted to the stack; 1 free that may also release another object tests whether the pointer lies in its slot and 1 realloc moves it to the heap when the pointer lies in its slot" } */
  if (!s)
    abort ();
  for (unsigned i = 0; i < n; i++)
    {
      if (len + 1 >= cap)
	{
	  char *t = realloc (s, cap *= 2);
	  if (!t)
	    abort ();
	  s = t;
	}
      s[len++] = (char) ('a' + i % 26);
    }
  s[len] = 0;
  unsigned h = 0;
  for (unsigned i = 0; i < len; i++)
    h = h * 31 + (unsigned char) s[i];
  free (s);
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0;
  for (unsigned n = 0; n < 31; n += 3)
    t += build (n + (unsigned) argc - 1);
  if (alloc_count_check ("short strings", 0))
    return 1;
  /* 200 characters: 32 -> 64 (malloc), 128, 256 (realloc).  */
  t += build (199 + (unsigned) argc);
  if (alloc_count_check ("a long string", 3))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=1570548255" } */
/* { dg-final { scan-escape-dump "range-tested realloc" } } */
/* { dg-final { valgrind-run } } */
