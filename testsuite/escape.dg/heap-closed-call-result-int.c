/* A call given only a local's address stores its result into the node
   and makes the local look like a node; the node's address, copied into
   the local through it, is read back as an integer by a call given only
   the local, and returned: the node must stay on the heap (it was
   promoted once, and main read a dead frame through the integer).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct node;
struct link { struct node *next; };
struct ref { struct node *p; };
struct node { struct link l; long key; struct ref r; struct link saved; };

__attribute__ ((noinline, noclone)) static struct ref
make_ref (struct node *to)
{
  struct ref r = { to };
  return r;
}

/* Reads a pointer-sized word of *V as an integer.  */
__attribute__ ((noinline, noclone)) static uintptr_t
word_at (const struct node *v)
{
  return (uintptr_t) v->saved.next;
}

__attribute__ ((noinline)) uintptr_t
work (long k)
{
  struct node loc = { { 0 }, 0, { 0 }, { 0 } };
  struct node *n = malloc (sizeof *n); /* { dg-message "stays on the heap" } */
  if (!n)
    return 0;
  n->key = k;
  n->l.next = n;		/* the address, stored into its own object */
  n->r = make_ref (&loc);	/* given &loc only: not counted as writing n */
  struct node *w = n->r.p;	/* &loc, taken for a node's start */
  w->saved = n->l;		/* copies n's address into loc */
  return word_at (&loc);	/* given &loc only: not judged */
}

__attribute__ ((noinline)) long
clobber (void)
{
  volatile long a[256];
  for (int i = 0; i < 256; i++)
    a[i] = -1;
  return a[3];
}

int
main (void)
{
  uintptr_t a = work (42);
  clobber ();
  struct node *q = (struct node *) a;	/* work's node, rebuilt from an integer */
  printf ("key=%ld\n", q->key);
  return 0;
}

/* { dg-output "key=42" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
