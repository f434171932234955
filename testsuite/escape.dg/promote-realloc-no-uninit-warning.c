/* A buffer grown with realloc and read through a const pointer after a
   loop that may store nothing: GCC tracks the stores into a local
   object, not into a heap one, so the promoted slot must not bring a
   new -Wmaybe-uninitialized (a -Werror build would fail).  The slot
   keeps the access warnings (promote-fixed-keeps-warning.c).  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static unsigned long
digest (const char *s, size_t n)
{
  unsigned long h = 1469598103u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char) s[i]) * 16777619u;
  return h ^ n;
}

__attribute__ ((noinline)) static unsigned long
escape_field (const char *f, size_t n)
{
  size_t cap = 16, len = 0;
  char *s = malloc (cap); /* { dg-message "promoted to the stack" } */
  if (!s)
    abort ();
  for (size_t i = 0; i < n; i++)
    {
      if (len + 2 > cap)
	{
	  char *t = realloc (s, cap * 2);
	  if (!t)
	    abort ();
	  s = t;
	  cap *= 2;
	}
      char c = f[i];
      if (c == '"' || c == '\\')
	s[len++] = '\\';
      s[len++] = c;
    }
  unsigned long h = digest (s, len);
  free (s);
  return h;
}

int
main (void)
{
  printf ("%lu %lu %lu\n", escape_field ("", 0) % 1000,
	  escape_field ("a\"b", 3) % 1000,
	  escape_field ("a long field with \"quotes\" and \\ more", 37) % 1000);
  return 0;
}

/* { dg-output "103 802 393" } */
