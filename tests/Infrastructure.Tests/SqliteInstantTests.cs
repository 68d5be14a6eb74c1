using InvestPromo.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>SQLite has no instant type; the SQLite context stores DateTimeOffset as UTC ticks so queries can compare and sort instants.</summary>
public sealed class SqliteInstantTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Filtering_on_an_instant_and_ordering_by_another_translate_and_return_the_right_rows()
    {
        await using var host = await SqliteTestHost.StartAsync();
        // Created out of order, so insertion order is not the answer.
        await ApiKeyFactory.AddAsync(host, "c", createdAt: T0.AddDays(30), lastUsedAt: T0.AddDays(40));
        await ApiKeyFactory.AddAsync(host, "a", createdAt: T0.AddDays(1), lastUsedAt: T0.AddDays(50));
        await ApiKeyFactory.AddAsync(host, "late", createdAt: T0.AddDays(2), lastUsedAt: T0.AddDays(100));
        await ApiKeyFactory.AddAsync(host, "never", createdAt: T0.AddDays(3));
        await ApiKeyFactory.AddAsync(host, "b", createdAt: T0.AddDays(10), lastUsedAt: T0.AddDays(60).AddTicks(-10_000));
        await ApiKeyFactory.AddAsync(host, "edge", createdAt: T0.AddDays(11), lastUsedAt: T0.AddDays(60));
        var cutoff = T0.AddDays(60);

        await using var scope = host.Scope();
        var query = scope.Db().ApiKeys.Where(k => k.LastUsedAt < cutoff).OrderBy(k => k.CreatedAt).Select(k => k.Name);
        var names = await query.ToListAsync();

        Assert.Equal(["a", "b", "c"], names);
        var sql = query.ToQueryString();
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        Assert.Contains("<", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Descending_order_and_a_range_also_work()
    {
        await using var host = await SqliteTestHost.StartAsync();
        for (var day = 1; day <= 5; day++)
        {
            await ApiKeyFactory.AddAsync(host, $"d{day}", createdAt: T0.AddDays(day));
        }

        await using var scope = host.Scope();
        var names = await scope.Db().ApiKeys
            .Where(k => k.CreatedAt >= T0.AddDays(2) && k.CreatedAt <= T0.AddDays(4))
            .OrderByDescending(k => k.CreatedAt)
            .Select(k => k.Name)
            .ToListAsync();

        Assert.Equal(["d4", "d3", "d2"], names);
    }

    [Fact]
    public async Task An_instant_reads_back_as_it_was_written()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var created = new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
        var key = await ApiKeyFactory.AddAsync(host, "k", createdAt: created, lastUsedAt: created.AddMinutes(5));

        await using var scope = host.Scope();
        var stored = await scope.Db().ApiKeys.AsNoTracking().SingleAsync(k => k.Id == key.Id);

        Assert.Equal(created, stored.CreatedAt);
        Assert.Equal(created.AddMinutes(5), stored.LastUsedAt);
    }

    [Fact]
    public async Task Instants_written_with_different_offsets_compare_and_sort_by_the_instant()
    {
        await using var host = await SqliteTestHost.StartAsync();
        var china = TimeSpan.FromHours(8);
        // 2026-01-01 09:00 +08:00 is 01:00 UTC: earlier than 02:00 UTC although its clock reads later.
        await ApiKeyFactory.AddAsync(host, "beijing-0900", createdAt: new DateTimeOffset(2026, 1, 1, 9, 0, 0, china));
        await ApiKeyFactory.AddAsync(host, "utc-0200", createdAt: new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero));
        await ApiKeyFactory.AddAsync(host, "utc-0030", createdAt: new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero));

        await using var scope = host.Scope();
        var db = scope.Db();
        var ordered = await db.ApiKeys.OrderBy(k => k.CreatedAt).Select(k => k.Name).ToListAsync();
        var sameInstant = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);
        var equal = await db.ApiKeys.Where(k => k.CreatedAt == sameInstant).Select(k => k.Name).ToListAsync();
        var read = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "beijing-0900");

        Assert.Equal(["utc-0030", "beijing-0900", "utc-0200"], ordered);
        Assert.Equal(["beijing-0900"], equal);
        Assert.Equal(sameInstant, read.CreatedAt);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
    }
}
