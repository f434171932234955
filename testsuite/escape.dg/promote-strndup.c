/* strndup copies at most n bytes and always terminates the copy: the
   stack branch does the same with strnlen, memcpy and a NUL.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) size_t
prefix (const char *s, size_t n)
{
  char *d = strndup (s, n); /* { dg-message "'d' \\(variable size, strndup\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call strndup" } */
  if (!d)
    return 0;
  size_t r = strlen (d) * 100 + (unsigned char) d[0];
  free (d);
  return r;
}

int
main (void)
{
  static char big[3000];
  memset (big, 'z', sizeof big - 1);
  size_t t = prefix ("abcdef", 3) + prefix ("ab", 10) + prefix ("", 4)
	     + prefix (big, 2000) + prefix (big, 1000) + prefix (big, 1023);
  printf ("t=%zu\n", t);
  return 0;
}

/* { dg-output "t=403360" } */
/* { dg-final { scan-escape-dump "promoted: 'd' \\(variable size, strndup\\)" } } */
/* { dg-final { valgrind-run } } */
