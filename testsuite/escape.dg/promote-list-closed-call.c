/* A list of data nodes built, walked and freed in one function that
   also calls a helper which may free memory (a cache it owns).  GCC's
   points-to facts merge the nodes' fields, so the data read from them
   and returned makes the nodes "escaped" there, and every call then
   "reaches" them.  The structure is closed: the nodes' addresses are
   stored only into their own `next` fields and read back only as
   pointers, so only a call given a pointer to a node could reach them,
   and drop_cache is given none: the nodes get frame storage.  Passing
   the list to a helper that may free keeps them on the heap
   (heap-list-closed-free.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

struct node { struct node *next; unsigned v; unsigned w; };

static void *cache;

__attribute__ ((noinline)) static void
drop_cache (void)
{
  free (cache);
  cache = NULL;
}

__attribute__ ((noinline)) unsigned
work (unsigned n)
{
  struct node *head = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!x)
	abort ();
      x->v = i * 7u;
      x->w = i ^ n;
      x->next = head;
      head = x;
    }
  drop_cache ();
  unsigned s = 0;
  for (struct node *p = head; p; p = p->next)
    s = s * 31u + p->v + p->w;
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx;
    }
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0;
  for (unsigned r = 0; r < 10; r++)
    t = t * 3u + work (5u + r + (unsigned) argc);
  if (alloc_count_check ("short lists", 0))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=" } */
/* { dg-final { scan-escape-dump "promoted: 'x' \\(16 bytes, malloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
