/* Without -fplugin-arg-escape-allocators=, a function of another unit
   named as gnulib's xmalloc is not trusted: a program's own xmalloc may
   count its calls, as this one does.  The site stays on the heap with
   the reason, and the count is right.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *xmalloc (size_t s);

int calls;

__attribute__ ((noinline)) int
work (void)
{
  char *a = xmalloc (32); /* { dg-message "'a' \\(xmalloc\\) stays on the heap: 'xmalloc' is defined in another unit and is trusted as an allocator only with -fplugin-arg-escape-allocators= or allocator=" } */
  memset (a, 3, 32);
  int r = a[31];
  free (a);
  return r;
}

int
main (void)
{
  int r = work ();
  r += work ();
  printf ("r=%d calls=%d\n", r, calls);
  return 0;
}

__asm__ (".globl xmalloc");
__attribute__ ((used, noipa)) void *
xmalloc_impl_c (size_t s)
{
  calls++;
  void *p = malloc (s); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}
__asm__ ("xmalloc = xmalloc_impl_c");

/* { dg-output "r=6 calls=2" } */
/* { dg-final { scan-escape-dump "heap \\(wrapper-untrusted\\): 'a'" } } */
