/* Issue 11: a string builder on the stack, struct { buf, len, cap },
   its buffer from malloc and handed to noinline helpers of this unit
   that read the integers len and cap through the struct and write
   through buf (the bytes of the buffer are hashed by the caller).  No
   helper reads the bytes that hold the address (offset 0 to 7): each
   helper's summary lists the byte ranges it reads through each
   parameter, so reading sb->len next to sb->buf no longer counts as
   reading the stored address, and the buffer is promoted.  sb_add
   returns the new length for the caller to store: GCC 12's modref
   loses a parameter's "no indirect escape" flag when a value read
   through it is stored back (sb->len += n), and points-to analysis
   then calls the buffer escaped (solve.cc part 3); for the same
   reason the value of sb_room, computed from what it reads through sb,
   is only tested, not returned.  sb_room reads len through sb_len: two
   levels of helpers.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct sbuf { char *buf; size_t len, cap; };

__attribute__ ((noinline)) void
sb_init (struct sbuf *sb, size_t cap)
{
  sb->len = 0;
  sb->cap = cap;
  sb->buf[0] = 0;
}

__attribute__ ((noinline)) size_t
sb_add (const struct sbuf *sb, const char *s)
{
  size_t len = sb->len;
  for (; *s && len + 1 < sb->cap; s++)
    sb->buf[len++] = *s;
  sb->buf[len] = 0;
  return len;
}

__attribute__ ((noinline)) size_t
sb_len (const struct sbuf *sb)
{
  return sb->len;
}

__attribute__ ((noinline)) size_t
sb_room (const struct sbuf *sb)
{
  return sb->cap - sb_len (sb) - 1;
}

__attribute__ ((noinline)) void
sb_free (struct sbuf *sb)
{
  sb->len = 0;
  sb->cap = 0;
}

__attribute__ ((noinline)) unsigned
build (int k)
{
  struct sbuf sb;
  char *p = malloc (64); /* { dg-message "'p' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    abort ();
  sb.buf = p;
  sb_init (&sb, 64);
  sb.len = sb_add (&sb, "key=");
  sb.len = sb_add (&sb, k & 1 ? "odd" : "even");
  sb.len = sb_add (&sb, ";");
  size_t n = sb_len (&sb);
  if (sb_room (&sb) != 63 - n)
    abort ();
  unsigned h = 5381;
  for (size_t i = 0; i < n; i++)
    h = h * 33 + (unsigned char) p[i];
  sb_free (&sb);
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
/* { dg-final { scan-escape-dump-not "Summary: sb_add \[^\\n\]*bytes 0-7" } } */
/* { dg-final { scan-escape-dump "Summary: sb_room may read memory it does not own as data: parameter 1 bytes 16-23, parameter 1 bytes 8-15\\." } } */
/* { dg-final { scan-escape-dump "promoted: 'p'" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
