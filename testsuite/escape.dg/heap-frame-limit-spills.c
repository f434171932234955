/* -Werror=frame-larger-than=1400: the function's frame is 1008 bytes
   without the plugin, nearly all spills of its 130 live longs, which
   GCC's frame estimate before register allocation does not see.  The
   reserve for them (half the limit, at least 1 KiB) keeps the 400-byte
   object on the heap; before it (a quarter, at least 512) the object was
   promoted and the build failed: "the frame size of 1424 bytes is larger
   than 1400 bytes".  */
/* { dg-do compile } */
/* { dg-options "-O2 -Werror=frame-larger-than=1400 -fplugin-arg-escape-remarks" } */

#include <stdlib.h>
#include <string.h>

extern void g (void);

__attribute__ ((noinline)) long
sum (const char *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

#define L(i) long a##i = in[i] * (i + 3);
#define X(i) ^ (a##i << (i % 13))
#define R10(M, b) M(b##0) M(b##1) M(b##2) M(b##3) M(b##4) M(b##5) M(b##6) M(b##7) M(b##8) M(b##9)

long
f (long *in, int k)
{
  char *p = malloc (400); /* { dg-message "'p' \\(400 bytes, malloc\\) stays on the heap: 400 bytes needed would not fit the frame limit of 1400 bytes" } */
  if (!p)
    return 0;
  memset (p, k, 400);
  R10 (L, 1) R10 (L, 2) R10 (L, 3) R10 (L, 4) R10 (L, 5) R10 (L, 6) R10 (L, 7)
  R10 (L, 8) R10 (L, 9) R10 (L, 10) R10 (L, 11) R10 (L, 12) R10 (L, 13)
  g ();
  long r = sum (p, 400);
  free (p);
  return r R10 (X, 1) R10 (X, 2) R10 (X, 3) R10 (X, 4) R10 (X, 5) R10 (X, 6)
    R10 (X, 7) R10 (X, 8) R10 (X, 9) R10 (X, 10) R10 (X, 11) R10 (X, 12)
    R10 (X, 13);
}
