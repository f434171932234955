/* strndup with a bound beyond the largest object: GCC warns about the
   user's call (-Wstringop-overread), with or without the plugin.  The
   promoted site computes the string's length first with strnlen and
   the same bound; that call is the plugin's, and must not bring a
   second warning naming '__builtin_strnlen' (review 11), neither for a
   guarded slot nor for frame storage.  Each line expects exactly the
   user's warning: a second one is an excess error.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) size_t
one (const char *s)
{
  char *p = strndup (s, (size_t) -1); /* { dg-message "'p' \\(variable size, strndup\\) promoted to the stack for sizes up to 1024 bytes" } */
  /* { dg-warning ".strndup. specified bound \[0-9\]+ exceeds maximum object size" "" { target *-*-* } 18 } */
  size_t t = p ? strlen (p) : 0;
  free (p);
  return t;
}

__attribute__ ((noinline)) size_t
loop (const char *s, int n)
{
  size_t t = 0;
  char *keep[4] = { 0 };
  for (int i = 0; i < n; i++)
    {
      char *p = strndup (s + i, (size_t) -1); /* { dg-message "'p' \\(variable size, strndup\\) promoted to frame storage" } */
      /* { dg-warning ".strndup. specified bound \[0-9\]+ exceeds maximum object size" "" { target *-*-* } 32 } */
      if (!p)
	abort ();
      t += strlen (p);
      keep[i & 3] = p;
      if (i >= 3)
	{
	  free (keep[(i + 1) & 3]);
	  keep[(i + 1) & 3] = 0;
	}
    }
  for (int i = 0; i < 4; i++)
    free (keep[i]);
  return t;
}

int
main (void)
{
  printf ("%zu %zu\n", one ("hello"), loop ("abcdefgh", 6));
  return 0;
}

/* { dg-output "5 33" } */
