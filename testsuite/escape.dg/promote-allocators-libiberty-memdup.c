/* -fplugin-arg-escape-allocators=libiberty: libiberty's xmemdup (INPUT,
   COPY_SIZE, ALLOC_SIZE), declared as libiberty.h declares it and
   defined in another unit (its symbol set by toplevel asm), is trusted:
   ALLOC_SIZE bytes, the first COPY_SIZE copied from INPUT and the rest
   zeroed, as libiberty's xmemdup.c makes them.  Constant sizes with
   the copy within the block get a slot of that size; otherwise the
   guard sends a size beyond the slot, and a copy beyond the block,
   to the call, as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=libiberty" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *xmemdup (const void *, size_t, size_t)
  __attribute__ ((__malloc__)) __attribute__ ((__returns_nonnull__));

__attribute__ ((noinline)) long
work (const char *s, size_t copy, size_t alloc)
{
  char *a = xmemdup (s, 3, 16); /* { dg-message "'a' \\(16 bytes, xmemdup\\) promoted to the stack" } */
  char *b = xmemdup (s, copy, alloc); /* { dg-message "'b' \\(variable size, xmemdup\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call xmemdup" } */
  long r = 0;
  for (int i = 0; i < 16; i++)
    r = r * 3 + a[i];
  for (size_t i = 0; i < alloc; i++)
    r = (r * 5 + b[i]) % 1000003;
  a[0] = 'z';
  r += a[0] + s[0];
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  static char big[4000];
  memset (big, 'q', sizeof big);
  printf ("r=%ld\n", work ("libiberty", 9, 20));
  printf ("r=%ld\n", work ("abc", 0, 7));
  printf ("r=%ld\n", work (big, 3000, 3500));
  return 0;
}

/* The definition, as libiberty's xmemdup.c.  */
__asm__ (".globl xmemdup");
__attribute__ ((used, noipa)) void *
xmemdup_impl_c (const void *input, size_t copy_size, size_t alloc_size)
{
  void *output = calloc (1, alloc_size); /* { dg-message "'output' \\(variable size, calloc\\) stays on the heap: returned from the function" } */
  if (output == NULL)
    abort ();
  return memcpy (output, input, copy_size);
}
__asm__ ("xmemdup = xmemdup_impl_c");

/* { dg-output "r=165607\[\r\n\]+r=154861\[\r\n\]+r=646983" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(16 bytes, xmemdup\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'b' \\(variable size, xmemdup\\)" } } */
