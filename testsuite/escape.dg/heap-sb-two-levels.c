/* Issue 11: the read of the address bytes is two calls down: sb_report
   reads sb->len itself and hands sb to sb_fingerprint, which reads the
   bytes of sb->buf as an integer.  sb_report's summary takes in its
   callee's ranges (parameter 1 bytes 0-7), so the buffer stays on the
   heap: two buffers that are never freed must have different
   addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include "sb-launder.h"

__attribute__ ((noinline)) void
sb_fingerprint (const struct sbuf *sb)
{
  uintptr_t v;
  memcpy (&v, &sb->buf, sizeof v);
  g = launder (v);
}

__attribute__ ((noinline)) void
sb_report (const struct sbuf *sb)
{
  if (sb->len > sb->cap)
    abort ();
  sb_fingerprint (sb);
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
  sb_report (&sb);
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
/* { dg-final { scan-escape-dump "Summary: sb_report may read memory it does not own as data: \[^\\n\]*parameter 1 (bytes 0-7|at any offset)" } } */
