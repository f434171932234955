/* Issue 11: a string builder's helper reads the bytes of sb->buf, the
   field that holds the address, as an integer through a cast
   (*(uintptr_t *) &sb->buf) and rebuilds the address from its bits.
   The buffer stays on the heap: two buffers that are never freed must
   have different addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include "sb-launder.h"

__attribute__ ((noinline)) void
sb_fingerprint (const struct sbuf *sb)
{
  g = launder (*(const uintptr_t *) &sb->buf) + sb->cap - 64;
}

__attribute__ ((noinline)) uintptr_t
make (void)
{
  struct sbuf sb;
  char *p = malloc (64); /* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
  if (!p)
    exit (2);
  sb.buf = p;
  sb_init (&sb, 64);
  p[1] = 1;
  sb_fingerprint (&sb);
  return g;
}

int
main (void)
{
  uintptr_t a = make ();
  uintptr_t b = make ();
  printf ("distinct: %d\n", a != b);
  return a == b;
}

/* { dg-output "distinct: 1" } */
/* { dg-final { scan-escape-dump "heap \\(stored-read-as-data\\): 'p'" } } */
/* { dg-final { scan-escape-dump "Summary: sb_fingerprint may read memory it does not own as data: \[^\\n\]*parameter 1 bytes 0-7" } } */
