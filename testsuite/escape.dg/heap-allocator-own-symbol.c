/* The families are trusted by the symbol a call reaches, and never when
   the unit defines that symbol itself: here "xmalloc" is this unit's
   own counting function (named so through an asm label), so
   allocators=gnulib must not turn its call into a stack slot.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=gnulib" } */

#include <stdio.h>
#include <stdlib.h>

int allocs;

void *counting_xmalloc (size_t n) __asm__ ("xmalloc");
__attribute__ ((noinline)) void *
counting_xmalloc (size_t n)
{
  allocs++;
  void *p = malloc (n); /* { dg-message "stays on the heap: returned from the function" } */
  if (!p)
    abort ();
  return p;
}

__attribute__ ((malloc)) void *xmalloc (size_t);

int
main (void)
{
  char *p = xmalloc (16);
  p[0] = 'a';
  printf ("%c allocs=%d\n", p[0], allocs);
  free (p);
  return 0;
}

/* { dg-output "a allocs=1" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
