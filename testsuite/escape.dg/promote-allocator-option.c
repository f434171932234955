/* -fplugin-arg-escape-allocator=my_alloc:malloc:my_free: a project's
   own allocator, defined in another unit (its symbol set by toplevel asm), is
   trusted as malloc and my_free as its deallocator.  my_free does not
   accept NULL (it aborts), so the guarded slot's fallback must call it
   only for the heap branch's block.  The malloc attribute is needed:
   without it GCC's points-to analysis has no object for the result.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocator=my_alloc:malloc:my_free" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *my_alloc (size_t n)
  __attribute__ ((malloc));
extern void my_free (void *p);

__attribute__ ((noinline)) int
work (size_t n)
{
  char *a = my_alloc (40); /* { dg-message "'a' \\(40 bytes, my_alloc\\) promoted to the stack" } */
  char *b = my_alloc (n); /* { dg-message "'b' \\(variable size, my_alloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call my_alloc" } */
  memset (a, 2, 40);
  memset (b, 5, n);
  int r = a[39] + b[n - 1] + (int) n;
  my_free (b);
  my_free (a);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (8) + work (5000));
  return 0;
}

__asm__ (".globl my_alloc\n\t.globl my_free");
__attribute__ ((used, noipa)) void *
my_alloc_impl_c (size_t n)
{
  void *p = malloc (n); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}
__attribute__ ((used, noipa)) void
my_free_impl_c (void *p)
{
  if (p == NULL)
    abort ();
  free (p);
}
__asm__ ("my_alloc = my_alloc_impl_c\n\tmy_free = my_free_impl_c");

/* { dg-output "r=5022" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(40 bytes, my_alloc\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'b' \\(variable size, my_alloc\\)" } } */
