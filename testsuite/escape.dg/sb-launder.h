/* sb-launder.h -- what the heap-sb-*.c tests share: a string builder
   struct, its init helper, a global the helpers leak an address into,
   and launder (), which rebuilds an integer bit by bit so that
   points-to analysis cannot follow it.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct sbuf { char *buf; size_t len, cap; };
uintptr_t g;

__attribute__ ((noinline)) void
sb_init (struct sbuf *sb, size_t cap)
{
  sb->len = 0;
  sb->cap = cap;
  sb->buf[0] = 0;
}

/* Rebuild V bit by bit: points-to analysis cannot follow it.  */
__attribute__ ((noinline)) uintptr_t
launder (uintptr_t v)
{
  uintptr_t x = 0;
  for (int k = 0; k < 64; k++)
    if (v & ((uintptr_t) 1 << k))
      x |= (uintptr_t) 1 << k;
  return x;
}
