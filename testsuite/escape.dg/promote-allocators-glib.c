/* -fplugin-arg-escape-allocators=glib: g_malloc, g_malloc_n, g_malloc0
   and the g_new0 macro (as GLib 2.74's gmem.h defines it with
   __OPTIMIZE__: a constant product calls g_malloc0), declared as GLib's headers declare
   them and defined in another unit (their symbols set by toplevel asm), are trusted,
   and g_free frees their objects.  The tiny definitions below put a
   header before each block, so a free where g_free belongs would crash:
   the guarded slot's fallback must call g_free.  g_malloc (0) is NULL,
   and must stay so.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=glib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long gsize;
typedef void *gpointer;
#define G_GNUC_MALLOC __attribute__ ((__malloc__))
#define G_GNUC_ALLOC_SIZE(x) __attribute__ ((__alloc_size__ (x)))
#define G_GNUC_ALLOC_SIZE2(x, y) __attribute__ ((__alloc_size__ (x, y)))
#define G_MAXSIZE (~(gsize) 0)

void g_free (gpointer mem);
gpointer g_malloc (gsize n_bytes)
  G_GNUC_MALLOC G_GNUC_ALLOC_SIZE (1);
gpointer g_malloc0 (gsize n_bytes)
  G_GNUC_MALLOC G_GNUC_ALLOC_SIZE (1);
gpointer g_malloc_n (gsize n_blocks, gsize n_block_bytes) G_GNUC_MALLOC G_GNUC_ALLOC_SIZE2 (1, 2);
gpointer g_malloc0_n (gsize n_blocks, gsize n_block_bytes) G_GNUC_MALLOC G_GNUC_ALLOC_SIZE2 (1, 2);

/* gmem.h, GLib 2.74, with __OPTIMIZE__.  */
#define _G_NEW(struct_type, n_structs, func) \
	(struct_type *) (__extension__ ({			\
	  gsize __n = (gsize) (n_structs);			\
	  gsize __s = sizeof (struct_type);			\
	  gpointer __p;						\
	  if (__s == 1)						\
	    __p = g_##func (__n);				\
	  else if (__builtin_constant_p (__n) &&		\
	           (__s == 0 || __n <= G_MAXSIZE / __s))	\
	    __p = g_##func (__n * __s);				\
	  else							\
	    __p = g_##func##_n (__n, __s);			\
	  __p;							\
	}))
#define g_new0(struct_type, n_structs) _G_NEW (struct_type, n_structs, malloc0)

struct pt { int x, y; };

__attribute__ ((noinline)) int
work (gsize n)
{
  /* The remark names the variable of the macro.  */
  struct pt *v = g_new0 (struct pt, 4); /* { dg-message "'__p' \\(32 bytes, g_malloc0\\) promoted to the stack" } */
  char *s = g_malloc (n); /* { dg-message "'s' \\(variable size, g_malloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones, and zero, still call g_malloc" } */
  struct pt *w = g_malloc_n (n, sizeof (struct pt)); /* { dg-message "'w' \\(variable size, g_malloc_n\\) promoted to the stack for sizes up to 1024 bytes; larger ones, and zero, still call g_malloc_n" } */
  int r = v[3].x + v[2].y;
  if (s == NULL)
    r += 1000;
  else
    {
      memset (s, 'a', n);
      r += s[n - 1] + (int) n;
    }
  if (w == NULL)
    r += 2000;
  else
    {
      w[n - 1].x = 7;
      r += w[n - 1].x;
    }
  g_free (w);
  g_free (s);
  g_free (v);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (16) + work (3000) + work (0));
  return 0;
}

/* The definitions: a 16-byte header before each block.  */
__asm__ (".globl g_free\n\t.globl g_malloc\n\t"
	 ".globl g_malloc0\n\t.globl g_malloc_n\n\t"
	 ".globl g_malloc0_n");
__attribute__ ((used, noipa)) void *
g_malloc_impl_c (gsize n)
{
  if (n == 0)
    return NULL;
  char *p = malloc (n + 16); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p + 16;
}
__attribute__ ((used, noipa)) void *
g_malloc0_impl_c (gsize n)
{
  void *p = g_malloc_impl_c (n);
  if (p)
    memset (p, 0, n);
  return p;
}
__attribute__ ((used, noipa)) void *
g_malloc_n_impl_c (gsize n, gsize m)
{
  if (m && n > G_MAXSIZE / m)
    abort ();
  return g_malloc_impl_c (n * m);
}
__attribute__ ((used, noipa)) void *
g_malloc0_n_impl_c (gsize n, gsize m)
{
  if (m && n > G_MAXSIZE / m)
    abort ();
  return g_malloc0_impl_c (n * m);
}
__attribute__ ((used, noipa)) void
g_free_impl_c (void *p)
{
  if (p)
    free ((char *) p - 16);
}
__asm__ ("g_free = g_free_impl_c\n\t"
	 "g_malloc = g_malloc_impl_c\n\t"
	 "g_malloc0 = g_malloc0_impl_c\n\t"
	 "g_malloc_n = g_malloc_n_impl_c\n\t"
	 "g_malloc0_n = g_malloc0_n_impl_c");

/* { dg-output "r=6224" } */
/* { dg-final { scan-escape-dump "promoted: '__p' \\(32 bytes, g_malloc0\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 's' \\(variable size, g_malloc\\)" } } */
