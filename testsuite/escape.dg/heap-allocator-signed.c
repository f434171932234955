/* allocator=NAME:KIND trusts a function only if it is declared as that
   kind is: a size_t size.  With a signed size (gnulib's ximalloc and
   ximemdup take idx_t) a negative size, which the function itself
   rejects, would pass the stack slot's guard as a small one: such a
   function is no allocator to the plugin, and its calls stay.  The
   definitions stand for another unit's: the symbols are set by toplevel
   asm, which the plugin cannot see through.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocator=ximalloc:malloc,xicalloc:calloc,ximemdup:memdup" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern __attribute__ ((malloc)) void *ximalloc (long n);
extern __attribute__ ((malloc)) void *xicalloc (long n, long s);
extern __attribute__ ((malloc)) void *ximemdup (void const *p, long s);

volatile long minus_one = -1, two = 2;

__attribute__ ((noinline)) int
work (void)
{
  char *p = ximalloc (minus_one);
  char *q = xicalloc (minus_one, two);
  char *m = ximemdup ("abc", minus_one);
  int r = (p == NULL) + 2 * (q == NULL) + 4 * (m == NULL);
  free (p);
  free (q);
  free (m);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work ());
  return 0;
}

__asm__ (".globl ximalloc\n\t.globl xicalloc\n\t.globl ximemdup");
__attribute__ ((used, noipa)) void *
ximalloc_c (long n)
{
  return n < 0 ? NULL : malloc (n); /* { dg-message "stays on the heap: returned from the function" } */
}
__attribute__ ((used, noipa)) void *
xicalloc_c (long n, long s)
{
  return n < 0 || s < 0 ? NULL : calloc (n, s); /* { dg-message "stays on the heap: returned from the function" } */
}
__attribute__ ((used, noipa)) void *
ximemdup_c (void const *p, long s)
{
  void *q = s < 0 ? NULL : malloc (s); /* { dg-message "stays on the heap" } */
  return q ? memcpy (q, p, s) : NULL;
}
__asm__ ("ximalloc = ximalloc_c\n\txicalloc = xicalloc_c\n\t"
	 "ximemdup = ximemdup_c");

/* { dg-output "r=7" } */
/* { dg-final { scan-escape-dump-not "size, xi" } } */
