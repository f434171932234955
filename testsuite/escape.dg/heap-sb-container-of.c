/* Issue 11: the helper is given the address of sb.len and steps back
   to the start of the struct (container_of) to read the bytes of
   sb->buf as an integer: a read at a negative offset from its
   parameter.  The caller adds the argument's offset (8) to the range
   (-8 to -1), which then covers the stored address, so the buffer stays
   on the heap: two buffers that are never freed must have different
   addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stddef.h>
#include "sb-launder.h"

__attribute__ ((noinline)) void
len_fingerprint (const size_t *len)
{
  const char *base = (const char *) len - offsetof (struct sbuf, len);
  g = launder (*(const uintptr_t *) base) + *len;
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
  len_fingerprint (&sb.len);
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
/* { dg-final { scan-escape-dump "Summary: len_fingerprint may read memory it does not own as data: \[^\\n\]*parameter 1 bytes -8--1" } } */
