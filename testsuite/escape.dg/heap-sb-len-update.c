/* Issue 11: the usual string builder, whose noinline append updates
   sb->len itself (sb->len += n).  No helper reads the bytes of
   sb->buf, so the field-sensitive rule no longer calls this a read of
   the stored address (0f6f62e did); but GCC 12's modref drops sb_add's "no indirect escape"
   flag when it stores back a value read through its parameter, and
   points-to analysis then calls the buffer escaped: it stays on the
   heap for that reason (a limit of GCC 12, kept).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sbuf { char *buf; size_t len, cap; };

__attribute__ ((noinline)) void
sb_init (struct sbuf *sb, size_t cap)
{
  sb->len = 0;
  sb->cap = cap;
  sb->buf[0] = 0;
}

__attribute__ ((noinline)) void
sb_add (struct sbuf *sb, const char *s)
{
  size_t n = strlen (s);
  if (sb->len + n + 1 > sb->cap)
    n = sb->cap - sb->len - 1;
  memcpy (sb->buf + sb->len, s, n);
  sb->len += n;
  sb->buf[sb->len] = 0;
}

__attribute__ ((noinline)) unsigned
build (int k)
{
  struct sbuf sb;
  char *p = malloc (64); /* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: stored into memory that escapes" } */
  if (!p)
    abort ();
  sb.buf = p;
  sb_init (&sb, 64);
  sb_add (&sb, "key=");
  sb_add (&sb, k & 1 ? "odd" : "even");
  sb_add (&sb, ";");
  unsigned h = 5381;
  for (size_t i = 0; p[i]; i++)
    h = h * 33 + (unsigned char) p[i];
  free (p);
  return h;
}

int
main (void)
{
  unsigned t = 0;
  for (int i = 0; i < 100; i++)
    t += build (i);
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=3097899154" } */
/* { dg-final { scan-escape-dump "Summary: sb_add may read memory it does not own as data: \[^\\n\]*parameter 1 bytes 8-15" } } */
/* { dg-final { scan-escape-dump "heap \\(stored-escaping\\): 'p'" } } */
