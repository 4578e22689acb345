x = f'{a!r:>{w}}' rb'\x' u'a' '''b'''
async def f(*a, b=1, **k) -> T:
    async with a as b: yield from [q async for q in r if q]
