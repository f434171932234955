/* The list form of heap-closed-call-result.c: each node gets a struct
   returned by a call given no pointer to any node, naming a global; a
   node's link copied through it reaches the global, so the nodes must
   stay on the heap (frame storage once: key=-1, and valgrind saw reads
   of a dead frame).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node;
struct link { struct node *next; };
struct tag { struct node *owner; };
struct node { struct link l; long key; struct tag t; struct link saved; };

struct node registry;		/* a global node-shaped object */

/* Makes a tag naming the registry; given no pointer to any node.  */
__attribute__ ((noinline)) static struct tag
registry_tag (void)
{
  struct tag t = { &registry };
  return t;
}

__attribute__ ((noinline)) long
work (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "stays on the heap" } */
      if (!x)
	return -1;
      x->key = i;
      x->l.next = head;
      x->t = registry_tag ();	/* the call's result is stored into the node */
      head = x;
    }
  struct node *r = head->t.owner;	/* &registry, taken for a node's start */
  r->saved = head->l;		/* copies a node's address into registry */
  long s = 0;
  for (struct node *p = head; p; p = p->l.next)
    s += p->key;
  return s;			/* the nodes are never freed (a leak) */
}

__attribute__ ((noinline)) long
clobber (void)
{
  volatile long a[512];
  for (int i = 0; i < 512; i++)
    a[i] = -1;
  return a[3];
}

int
main (int argc, char **argv)
{
  (void) argv;
  long s = work (3 + argc);
  clobber ();
  struct node *q = registry.saved.next;	/* work's first node */
  printf ("s=%ld key=%ld\n", s, q->key);
  return 0;
}

/* { dg-output "s=6 key=2" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
