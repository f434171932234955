/* escape_require_stack on a function whose every allocation site is
   promoted: no error, the program runs as without the plugin, and the
   dump shows both sites promoted (a site inlined into the function is
   checked as one of its own).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline char *
make_buf (size_t n)
{
  char *b = malloc (n); /* { dg-message "'b' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!b)
    abort ();
  return b;
}

__attribute__ ((noinline, escape_require_stack)) int
checksum (const char *s)
{
  char *buf = malloc (64); /* { dg-message "'buf' \\(64 bytes, malloc\\) promoted to the stack" } */
  char *tmp = make_buf (32);
  if (!buf)
    return -1;
  strncpy (buf, s, 63);
  buf[63] = 0;
  strncpy (tmp, buf, 31);
  tmp[31] = 0;
  int sum = 0;
  for (size_t i = 0; tmp[i]; i++)
    sum += (unsigned char) tmp[i];
  free (tmp);
  free (buf);
  return sum;
}

int
main (void)
{
  printf ("sum %d\n", checksum ("required on the stack"));
  return 0;
}

/* { dg-output "sum 2037" } */
/* { dg-final { scan-escape-dump-times "promoted: " 2 } } */
/* { dg-final { scan-escape-dump-not "heap \\(" } } */
