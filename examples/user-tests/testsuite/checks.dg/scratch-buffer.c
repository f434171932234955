/* The scratch buffer of checksum () must stay on the stack: a change
   that lets it escape (stores it, returns it) fails this test.  Run at
   -O1, -O2, -O3 and -Os, under valgrind too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static unsigned
checksum (const char *s)
{
  size_t n = strlen (s);
  char *tmp = malloc (64); /* { dg-message "'tmp' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!tmp)
    return 0;
  memset (tmp, 0, 64);
  memcpy (tmp, s, n < 63 ? n : 63);
  unsigned sum = 0;
  for (int i = 0; i < 64; i++)
    sum = sum * 31 + (unsigned char) tmp[i];
  free (tmp);
  return sum;
}

/* The reply is returned: it must stay on the heap, and the remark says
   why.  */
__attribute__ ((noinline)) static char *
reply (const char *s)
{
  char *r = malloc (32); /* { dg-message "'r' .* stays on the heap" } */
  if (r)
    snprintf (r, 32, "ok %u", checksum (s));
  return r;
}

int
main (void)
{
  char *r = reply ("hello");
  puts (r ? r : "none");
  free (r);
  return 0;
}

/* { dg-output "ok \[0-9\]+" } */
/* { dg-final { scan-escape-dump "promoted" } } */
/* { dg-final { valgrind-run } } */
