/* Suffixes of a string copied with strdup and strndup by a loop and
   kept in local arrays of pointers, all live at once, then freed: both
   sites get frame storage, each piece holding the string and its NUL.
   The second round reuses the bytes the last free of the first round
   gave back, which were overwritten: strndup must still end its copy
   with a NUL there.  Long strings do not fit and call strdup and
   strndup (valgrind checks that exactly those are freed): glibc's
   strdup and strndup call malloc, which the counting shim counts.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <string.h>
#include "alloc-count.h"

#define MAXW 8

__attribute__ ((noinline)) unsigned
words (const char *s, unsigned n, size_t cut)
{
  char *dup[MAXW], *pre[MAXW];
  unsigned h = 0;
  if (n > MAXW)
    n = MAXW;
  for (unsigned round = 0; round < 2; round++)
    {
      for (unsigned i = 0; i < n; i++)
	{
	  dup[i] = strdup (s + i); /* { dg-message "promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls strdup\\)" } */
	  pre[i] = strndup (s + n - i, cut); /* { dg-message "promoted to frame storage \\(up to \[0-9\]+ bytes in this function; beyond that it calls strndup\\)" } */
	  if (!dup[i] || !pre[i])
	    abort ();
	}
      for (unsigned i = 0; i < n; i++)
	{
	  size_t ld = strlen (dup[i]), lp = strlen (pre[i]);
	  h = h * 31u + (unsigned) ld * 7u + (unsigned) lp;
	  h = h * 33u + (unsigned char) dup[i][ld / 2];
	  h = h * 37u + (unsigned char) pre[i][lp / 2];
	  /* Overwrite the copies: a reused piece holds these bytes.  */
	  for (size_t j = 0; j < ld; j++)
	    dup[i][j] = 'x';
	  for (size_t j = 0; j < lp; j++)
	    pre[i][j] = 'y';
	}
      for (unsigned i = 0; i < n; i++)
	{
	  free (dup[i]);
	  free (pre[i]);
	}
    }
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  static char big[1500];
  unsigned t = 0;
  for (unsigned r = 0; r < 3; r++)
    t += words ("alpha beta gamma delta", 6, (size_t) argc + r);
  if (alloc_count_check ("short strings", 0))
    return 1;
  memset (big, 'q', sizeof big - 1);
  t += words (big, 3, 1200 + (size_t) argc);
  /* 3 strdup and 3 strndup calls a round, in 2 rounds.  */
  if (alloc_count_check ("long strings", 12))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=3925577048" } */
/* { dg-final { scan-escape-dump "promoted: object \\(variable size, strdup\\) promoted to frame storage" } } */
/* { dg-final { scan-escape-dump "promoted: object \\(variable size, strndup\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
