/* The plugin's own parameter summaries: 'append' only copies bytes out
   of its argument with memcpy (modref calls that "may escape") and
   'lookup' returns an integer computed from the bytes (modref: "may be
   returned").  Neither captures, frees or returns the pointer, so the
   buffer passed to them is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-dump" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char ring[4096];
static size_t head;

__attribute__ ((noinline)) void
append (const char *line, size_t len)
{
  if (head + len > sizeof ring)
    head = 0;
  memcpy (ring + head, line, len);
  head += len;
}

__attribute__ ((noinline)) unsigned
lookup (const char *key, size_t len)
{
  unsigned h = 5381;
  for (size_t k = 0; k < len; k++)
    h = h * 33 + (unsigned char) key[k];
  return h % 1000;
}

__attribute__ ((noinline)) unsigned
work (int i)
{
  char *buf = malloc (64); /* { dg-message "'buf' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!buf)
    abort ();
  int n = snprintf (buf, 64, "request %d served", i);
  append (buf, (size_t) n);
  unsigned r = lookup (buf, (size_t) n);
  free (buf);
  return r;
}

int
main (void)
{
  unsigned t = 0;
  for (int i = 0; i < 500; i++)
    t += work (i);
  printf ("t=%u head=%zu\n", t, head);
  return 0;
}

/* { dg-output "t=246872 head=720" } */
/* { dg-final { scan-escape-dump "Summary: parameter 1 of append: neither captured, freed nor returned" } } */
/* { dg-final { scan-escape-dump "Summary: parameter 1 of lookup: neither captured, freed nor returned" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
