/* -fplugin-arg-escape-allocators=gnulib: gnulib's xmemdup (a copy of N
   bytes) and xmemdup0 (a copy of N bytes and a NUL, N + 1 bytes),
   declared as gnulib's xalloc.h and xmemdup0.h declare them and defined
   in another unit (their symbols set by toplevel asm the plugin cannot
   see through), are trusted: a constant size gets a slot of that size
   filled by a copy, a variable one a guarded slot, and the source is
   only read, so a promoted object may be the source.  The sizes of the
   second call do not fit the slots: the calls stay, as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=gnulib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *xmemdup (void const *p, size_t s)
  __attribute__ ((malloc, alloc_size (2), returns_nonnull));
extern char *xmemdup0 (void const *p, size_t s)
  __attribute__ ((malloc, returns_nonnull));

struct rec { int id; char tag[12]; long v; };

__attribute__ ((noinline)) long
work (const struct rec *in, const char *s, size_t n)
{
  struct rec *c = xmemdup (in, sizeof *in); /* { dg-message "'c' \\(24 bytes, xmemdup\\) promoted to the stack" } */
  char *d = xmemdup (s, n); /* { dg-message "'d' \\(variable size, xmemdup\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call xmemdup" } */
  char *e = xmemdup0 (s, n); /* { dg-message "'e' \\(variable size, xmemdup0\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call xmemdup0" } */
  int *a = malloc (4 * sizeof (int)); /* { dg-message "'a' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (a == NULL)
    return -1;
  for (int i = 0; i < 4; i++)
    a[i] = (int) n + i;
  int *b = xmemdup (a, 4 * sizeof (int)); /* { dg-message "'b' \\(16 bytes, xmemdup\\) promoted to the stack" } */
  c->v += 5;
  a[0] = 1;
  long r = c->id + c->v + c->tag[1] + in->v;
  r += d[0] + d[n - 1] + (long) strlen (e) + e[n] + b[0] + b[3] + a[0];
  free (b);
  free (a);
  free (e);
  free (d);
  free (c);
  return r;
}

int
main (void)
{
  struct rec in = { 7, "gnulib", 100 };
  static char big[5000];
  memset (big, 'x', sizeof big);
  printf ("r=%ld\n", work (&in, "hello, world", 12));
  printf ("r=%ld\n", work (&in, big, sizeof big));
  printf ("r=%ld\n", work (&in, "abc", 1));
  return 0;
}

/* The definitions, as gnulib's: die on failure.  */
__asm__ (".globl xmemdup\n\t.globl xmemdup0");
__attribute__ ((used, noipa)) void *
xmemdup_impl_c (void const *p, size_t s)
{
  void *q = malloc (s); /* { dg-message "'q' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (q == NULL)
    abort ();
  return memcpy (q, p, s);
}
__attribute__ ((used, noipa)) char *
xmemdup0_impl_c (void const *p, size_t s)
{
  char *q = malloc (s + 1); /* { dg-message "'q' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (q == NULL)
    abort ();
  if (s > 0)
    memcpy (q, p, s);
  q[s] = 0;
  return q;
}
__asm__ ("xmemdup = xmemdup_impl_c\n\txmemdup0 = xmemdup0_impl_c");

/* { dg-output "r=566\[\r\n\]+r=15566\[\r\n\]+r=523" } */
/* { dg-final { scan-escape-dump "promoted: 'c' \\(24 bytes, xmemdup\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'd' \\(variable size, xmemdup\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'e' \\(variable size, xmemdup0\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'b' \\(16 bytes, xmemdup\\)" } } */
