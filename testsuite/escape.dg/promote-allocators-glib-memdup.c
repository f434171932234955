/* -fplugin-arg-escape-allocators=glib: g_memdup2 and the deprecated
   g_memdup (a guint size), declared as GLib 2.74's gstrfuncs.h declares
   them (alloc_size, no malloc attribute: the plugin marks them malloc
   so that each result is an object of its own) and defined in another
   unit (their symbols set by toplevel asm), are trusted, and g_free
   frees their objects.  Both return NULL for a null source or a size
   of zero, which must stay so: the guard sends those to the call, and
   a constant size keeps its guard unless the source is known to be
   non-null.  The tiny definitions put a header before each block, so a
   free where g_free belongs would crash.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=glib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long gsize;
typedef unsigned int guint;
typedef void *gpointer;
typedef const void *gconstpointer;
#define G_GNUC_ALLOC_SIZE(x) __attribute__ ((__alloc_size__ (x)))

void g_free (gpointer mem);
gpointer g_memdup (gconstpointer mem,
		   guint byte_size) G_GNUC_ALLOC_SIZE(2);
gpointer g_memdup2 (gconstpointer mem,
		    gsize byte_size) G_GNUC_ALLOC_SIZE(2);

struct pt { int x, y; };

__attribute__ ((noinline)) long
work (const struct pt *p, const char *s, gsize n)
{
  struct pt q = { 10, 20 };
  struct pt *a = g_memdup2 (p, sizeof *p); /* { dg-message "'a' \\(8 bytes, g_memdup2\\) promoted to the stack for sizes up to 16 bytes; larger ones, zero, and a null source, still call g_memdup2" } */
  struct pt *f = g_memdup2 (&q, sizeof q); /* { dg-message "'f' \\(8 bytes, g_memdup2\\) promoted to the stack" } */
  char *b = g_memdup2 (s, n); /* { dg-message "'b' \\(variable size, g_memdup2\\) promoted to the stack for sizes up to 1024 bytes; larger ones, zero, and a null source, still call g_memdup2" } */
  char *c = g_memdup (s, (guint) n); /* { dg-message "'c' \\(variable size, g_memdup\\) promoted to the stack for sizes up to 1024 bytes; larger ones, zero, and a null source, still call g_memdup" } */
  long r = 0;
  q.x = 0;
  f->y++;
  r += f->x + f->y + q.x;
  if (a)
    {
      a->x++;
      r += a->x + a->y + p->x;
    }
  else
    r += 1000;
  if (b)
    r += b[0] + b[n - 1];
  else
    r += 2000;
  if (c)
    r += c[0] + c[n - 1];
  else
    r += 4000;
  g_free (c);
  g_free (b);
  g_free (f);
  g_free (a);
  return r;
}

int
main (void)
{
  struct pt p = { 3, 4 };
  static char big[3000];
  memset (big, 'y', sizeof big);
  printf ("r=%ld\n", work (&p, "hello", 5));
  printf ("r=%ld\n", work (NULL, NULL, 0));
  printf ("r=%ld\n", work (&p, "x", 0));
  printf ("r=%ld\n", work (NULL, big, sizeof big));
  return 0;
}

/* The definitions, as GLib's: NULL for a null source or a zero size;
   a 16-byte header before each block.  */
__asm__ (".globl g_free\n\t.globl g_memdup2\n\t.globl g_memdup");
__attribute__ ((used, noipa)) void *
g_memdup2_impl_c (const void *mem, gsize n)
{
  if (mem == NULL || n == 0)
    return NULL;
  char *p = malloc (n + 16); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  memcpy (p + 16, mem, n);
  return p + 16;
}
__attribute__ ((used, noipa)) void *
g_memdup_impl_c (const void *mem, guint n)
{
  return g_memdup2_impl_c (mem, n);
}
__attribute__ ((used, noipa)) void
g_free_impl_c (void *p)
{
  if (p)
    free ((char *) p - 16);
}
__asm__ ("g_free = g_free_impl_c\n\t"
	 "g_memdup2 = g_memdup2_impl_c\n\t"
	 "g_memdup = g_memdup_impl_c");

/* { dg-output "r=472\[\r\n\]+r=7031\[\r\n\]+r=6042\[\r\n\]+r=1515" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(8 bytes, g_memdup2\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'f' \\(8 bytes, g_memdup2\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'b' \\(variable size, g_memdup2\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'c' \\(variable size, g_memdup\\)" } } */
