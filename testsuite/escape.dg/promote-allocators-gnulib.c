/* -fplugin-arg-escape-allocators=gnulib: gnulib's xmalloc, xcharalloc
   and xstrdup, declared as gnulib's xalloc.h declares them and defined
   in another unit (here their symbols set by toplevel asm the plugin cannot see through),
   are trusted as malloc and strdup: they die instead of returning
   NULL, and free deallocates.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=gnulib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *xmalloc (size_t s)
  __attribute__ ((malloc, alloc_size (1), returns_nonnull));
extern char *xcharalloc (size_t n)
  __attribute__ ((malloc, alloc_size (1), returns_nonnull));
extern char *xstrdup (char const *str)
  __attribute__ ((malloc, returns_nonnull));

__attribute__ ((noinline)) int
work (const char *s)
{
  int *a = xmalloc (8 * sizeof (int)); /* { dg-message "'a' \\(32 bytes, xmalloc\\) promoted to the stack" } */
  char *b = xcharalloc (24); /* { dg-message "'b' \\(24 bytes, xcharalloc\\) promoted to the stack" } */
  char *c = xstrdup (s); /* { dg-message "'c' \\(variable size, xstrdup\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call xstrdup" } */
  for (int i = 0; i < 8; i++)
    a[i] = i;
  strcpy (b, "gnulib");
  int r = a[7] + (int) strlen (b) + (int) strlen (c) + c[0];
  free (c);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work ("hello"));
  return 0;
}

/* The definitions, as gnulib's: die on failure.  */
__asm__ (".globl xmalloc\n\t.globl xcharalloc\n\t"
	 ".globl xstrdup");
__attribute__ ((used, noipa)) void *
xmalloc_impl_c (size_t s)
{
  void *p = malloc (s); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}
__asm__ ("xmalloc = xmalloc_impl_c\n\t"
	 "xcharalloc = xmalloc_impl_c");
__attribute__ ((used, noipa)) char *
xstrdup_impl_c (char const *str)
{
  char *p = strdup (str); /* { dg-message "'p' \\(variable size, strdup\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}
__asm__ ("xstrdup = xstrdup_impl_c");

/* { dg-output "r=122" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(32 bytes, xmalloc\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'c' \\(variable size, xstrdup\\)" } } */
