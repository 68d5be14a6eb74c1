using InvestPromo.Domain.Auditing;

namespace InvestPromo.Domain.UnitTests;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 2, 3, 4, 5, 6, TimeSpan.Zero);

    private static AuditEntry Record(string? userName) =>
        AuditEntry.Record(At, null, userName, "CarrierUnit", "id", AuditAction.Modified, "{}", "{}", null);

    [Fact]
    public void Recording_keeps_every_value()
    {
        var user = Guid.NewGuid();

        var entry = AuditEntry.Record(At, user, "admin", "CarrierUnit", "42", AuditAction.Deleted, """{"name":"a"}""", null, "trace-1");

        Assert.Equal(At, entry.OccurredAt);
        Assert.Equal(user, entry.UserId);
        Assert.Equal("admin", entry.UserName);
        Assert.Equal("CarrierUnit", entry.EntityType);
        Assert.Equal("42", entry.EntityId);
        Assert.Equal(AuditAction.Deleted, entry.Action);
        Assert.Equal("""{"name":"a"}""", entry.Before);
        Assert.Null(entry.After);
        Assert.Equal("trace-1", entry.TraceId);
    }

    [Fact]
    public void A_user_name_longer_than_the_limit_is_cut_to_the_limit()
    {
        var name = new string('u', AuditEntry.UserNameMaxLength) + "overflow";

        var entry = Record(name);

        Assert.Equal(AuditEntry.UserNameMaxLength, entry.UserName!.Length);
        Assert.Equal(name[..AuditEntry.UserNameMaxLength], entry.UserName);
    }

    [Fact]
    public void A_user_name_at_the_limit_is_kept_whole()
    {
        var name = new string('u', AuditEntry.UserNameMaxLength);
        Assert.Equal(name, Record(name).UserName);
    }

    [Fact]
    public void No_user_name_stays_none() => Assert.Null(Record(null).UserName);

    [Fact]
    public void Entries_get_distinct_time_ordered_ids()
    {
        var first = Record("a");
        var second = AuditEntry.Record(At.AddSeconds(1), null, "a", "CarrierUnit", "id", AuditAction.Created, null, "{}", null);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(7, first.Id.Version);
        Assert.True(first.Id.CompareTo(second.Id) < 0);
    }
}
