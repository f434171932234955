/* g_malloc (0) returns NULL, unlike malloc (0): a g_malloc site in a
   loop whose previous object is still live when it runs again must not
   take its objects from frame storage, which hands out a unique
   non-null pointer for a size of zero.  With allocators=glib the
   sizes 0 must still give NULL: the site stays on the heap.  The same
   for g_malloc0_n, GLib's calloc, although a calloc in a loop gets
   frame storage.  */
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

__attribute__ ((noinline)) int
work (const gsize *sizes, int k)
{
  int nulls = 0, sum = 0;
  char *prev = NULL;
  gsize prev_n = 0;
  for (int i = 0; i < k; i++)
    {
      char *cur = g_malloc (sizes[i]); /* { dg-message "'cur' \\(variable size, g_malloc\\) stays on the heap: allocated inside a loop, and a pointer to it is still live" } */
      if (cur == NULL)
	nulls++;
      else
	memset (cur, 'a' + i, sizes[i]);
      if (prev)
	sum += prev[prev_n - 1];
      g_free (prev);
      prev = cur;
      prev_n = sizes[i];
    }
  g_free (prev);
  return nulls * 1000 + sum;
}

__attribute__ ((noinline)) int
work0n (const gsize *sizes, int k)
{
  int nulls = 0, sum = 0;
  char *prev = NULL;
  gsize prev_n = 0;
  for (int i = 0; i < k; i++)
    {
      char *cur = g_malloc0_n (sizes[i], 1); /* { dg-message "'cur' \\(variable size, g_malloc0_n\\) stays on the heap: allocated inside a loop, and a pointer to it is still live" } */
      if (cur == NULL)
	nulls++;
      else
	{
	  sum += cur[sizes[i] - 1];
	  memset (cur, 'a' + i, sizes[i]);
	}
      if (prev)
	sum += prev[prev_n - 1];
      g_free (prev);
      prev = cur;
      prev_n = sizes[i];
    }
  g_free (prev);
  return nulls * 1000 + sum;
}

int
main (void)
{
  static const gsize sizes[8] = { 8, 0, 24, 0, 0, 16, 40, 0 };
  printf ("r=%d\n", work (sizes, 8));
  printf ("r0n=%d\n", work0n (sizes, 8));
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


/* { dg-output "r=4401\nr0n=4401" } */
/* { dg-final { scan-escape-dump-not "frame storage" } } */
