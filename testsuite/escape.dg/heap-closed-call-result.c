/* A call given no pointer to the node stores its struct result into
   the node (`n->r = getref ()', one call statement): the field it writes
   holds the address of a global, not of a node, so the pointer read
   back from it is no node's start, and the copy of the node's link
   through it puts the node's address into the global.  The node stays
   on the heap (the closed-structure rule once skipped that call as
   unable to reach the node and promoted it: key=-1).  Found by an
   adversarial review.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node;
struct link { struct node *next; };
struct ref { struct node *p; };
struct node { struct link l; long key; struct ref r; };

struct node g;			/* a global node-shaped object */

__attribute__ ((noinline)) static struct ref
getref (void)
{
  struct ref r = { &g };
  return r;
}

__attribute__ ((noinline)) long
work (long k)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "stays on the heap" } */
  if (!n)
    return -1;
  n->key = k;
  n->l.next = n;		/* the address, stored into its own object */
  n->r = getref ();		/* a call given no pointer writes n->r.p */
  struct node *w = n->r.p;	/* taken for the start of a node: it is &g */
  w->l = n->l;			/* copies the stored address into g */
  return n->key;		/* n is never freed (a leak, well defined) */
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
  long r = work (42);
  clobber ();
  struct node *q = g.l.next;	/* the address of work's node */
  printf ("r=%ld key=%ld self=%d\n", r, q->key, q->l.next == q);
  return 0;
}

/* { dg-output "r=42 key=42 self=1" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
