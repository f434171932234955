/* Issue 11: a string builder's helper copies the whole struct into an
   array of bytes (memcpy) and hashes it; its first eight bytes are the
   stored address, and the hash rebuilds it.  A copy of the struct is a
   read of every byte of it, so the buffer stays on the heap: two
   buffers that are never freed must have different addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include "sb-launder.h"

__attribute__ ((noinline)) void
sb_digest (const struct sbuf *sb)
{
  unsigned char bytes[sizeof *sb];
  memcpy (bytes, sb, sizeof bytes);
  uintptr_t h = 0;
  for (size_t i = 0; i < sizeof (uintptr_t); i++)
    h |= (uintptr_t) bytes[i] << (8 * i);
  uintptr_t rest = 0;
  for (size_t i = sizeof (uintptr_t); i < sizeof bytes; i++)
    rest = rest * 31 + bytes[i];
  g = launder (h) + (rest == 0);
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
  sb_digest (&sb);
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
/* { dg-final { scan-escape-dump "Summary: sb_digest may read memory it does not own as data: \[^\\n\]*parameter 1 (bytes 0-23|at any offset)" } } */
