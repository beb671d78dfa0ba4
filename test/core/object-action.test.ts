import { readFamily, readObjectAction, toObjectAction } from '../../src/core/object-action';

const words = (name: string) => name.split(' ');

describe('readObjectAction', () => {
  it.each([
    ['Blog Post Read', 'ok'],
    ['Signed Up', 'ok'],
    ['Video Content Playing', 'ok'],
    ['Account Added User', 'ok'],
    ['Read Blog Post', 'action-object'],
    ['Add to Cart', 'action-object'],
    ['Homepage', 'no-action'],
    ['Purchase Button', 'no-action'],
    ['🎉', 'ok'],
  ])('reads %j as %s', (name, kind) => {
    expect(readObjectAction(words(name)).kind).toBe(kind);
  });
});

describe('toObjectAction', () => {
  it.each([
    ['Read Blog Post', 'Blog Post read'],
    ['Sign Up', 'signed Up'],
    ['Add Product to Cart', 'Product added to Cart'],
    ['Add to Cart', 'Product added'],
    ['Add to Wishlist', 'Product added to Wishlist'],
  ])('rewrites %j as %j', (name, fixed) => {
    expect(toObjectAction(words(name))!.join(' ')).toBe(fixed);
  });

  it('gives up when the object is unknown', () => {
    expect(toObjectAction(words('Go to Checkout'))).toBeUndefined();
  });
});

describe('readFamily', () => {
  it.each([
    ['Business Tier Workspace Created', 'Business Tier', 'workspace created'],
    ['Free Workspace Created', 'Free', 'workspace created'],
    ['Home Page Viewed', 'Home', 'page viewed'],
    ['Switch to Build Mode Clicked', 'Switch to Build', 'mode clicked'],
    ['Partner Portal Blog Post Viewed', 'Partner Portal Blog', 'post viewed'],
  ])('splits %j into %j and %j', (name, head, key) => {
    expect(readFamily(words(name))).toMatchObject({ head: words(head), key });
  });

  it.each(['Workspace Created', 'Signed Up', 'User Signed Up', 'Homepage', 'Product Added to Wishlist', 'Video Ad Playing Started'])(
    'has no family for %j (no qualifier, or no object before the last action)',
    (name) => {
      expect(readFamily(words(name))).toBeUndefined();
    },
  );
});
