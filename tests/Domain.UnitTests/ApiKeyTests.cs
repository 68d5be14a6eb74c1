using InvestPromo.Domain.Common;
using InvestPromo.Domain.Security;

namespace InvestPromo.Domain.UnitTests;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.Parse("0195a3c4-0000-7000-8000-000000000001");
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static ApiKey Issue(DateTimeOffset? expiresAt = null, ApiKeyScope scope = ApiKeyScope.ReadOnly, string name = "省投资项目在线平台") =>
        ApiKey.Issue(name, scope, "ipk_abcdefgh", Hash, expiresAt, Admin, "admin", Now);

    [Fact]
    public void Issuing_a_key_keeps_its_values()
    {
        var expiry = Now.AddDays(90);

        var key = ApiKey.Issue("  统计局报送  ", ApiKeyScope.ReadWrite, "ipk_abcdefgh", Hash, expiry, Admin, "admin", Now);

        Assert.Equal("统计局报送", key.Name);
        Assert.Equal(ApiKeyScope.ReadWrite, key.Scope);
        Assert.Equal("ipk_abcdefgh", key.Prefix);
        Assert.Equal(Hash, key.SecretHash);
        Assert.Equal(expiry, key.ExpiresAt);
        Assert.Equal(Now, key.CreatedAt);
        Assert.Equal(Admin, key.CreatedBy);
        Assert.Equal("admin", key.CreatedByName);
        Assert.Null(key.LastUsedAt);
        Assert.Null(key.RevokedAt);
    }

    [Fact]
    public void A_key_reads_no_contacts_unless_issued_or_later_granted_them()
    {
        Assert.False(Issue().MayReadContacts);
        Assert.True(ApiKey.Issue("统计局报送", ApiKeyScope.ReadOnly, "ipk_abcdefgh", Hash, null, Admin, "admin", Now, mayReadContacts: true).MayReadContacts);

        var key = Issue();
        key.AllowContacts(true);
        Assert.True(key.MayReadContacts);
        Assert.Equal(ApiKeyScope.ReadOnly, key.Scope);
        key.AllowContacts(false);
        Assert.False(key.MayReadContacts);
    }

    [Fact]
    public void A_revoked_keys_contacts_grant_cannot_change()
    {
        var key = ApiKey.Issue("统计局报送", ApiKeyScope.ReadOnly, "ipk_abcdefgh", Hash, null, Admin, "admin", Now, mayReadContacts: true);
        key.Revoke(null, Admin, Now);

        var error = Assert.Throws<DomainRuleException>(() => key.AllowContacts(false));

        Assert.Equal("api-key.already-revoked", error.Code);
        Assert.True(key.MayReadContacts);
    }

    [Fact]
    public void Issuing_a_key_that_expires_in_the_past_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Issue(Now.AddSeconds(-1)));
        Assert.Equal("api-key.expiry-in-past", error.Code);
    }

    [Fact]
    public void Issuing_a_key_that_expires_right_now_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Issue(Now));
        Assert.Equal("api-key.expiry-in-past", error.Code);
    }

    [Fact]
    public void A_key_may_have_no_expiry() => Assert.Null(Issue(expiresAt: null).ExpiresAt);

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Issuing_a_key_with_an_unknown_scope_is_refused(int scope)
    {
        var error = Assert.Throws<DomainRuleException>(() => Issue(scope: (ApiKeyScope)scope));
        Assert.Equal("api-key.scope-invalid", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Issuing_a_key_without_a_name_is_refused(string name)
    {
        var error = Assert.Throws<DomainRuleException>(() => Issue(name: name));
        Assert.Equal("api-key.name-invalid", error.Code);
    }

    [Fact]
    public void Issuing_a_key_with_a_too_long_name_is_refused()
    {
        Assert.Equal(ApiKey.NameMaxLength, Issue(name: new string('k', ApiKey.NameMaxLength)).Name.Length);

        var error = Assert.Throws<DomainRuleException>(() => Issue(name: new string('k', ApiKey.NameMaxLength + 1)));
        Assert.Equal("api-key.name-invalid", error.Code);
    }

    [Fact]
    public void A_key_is_active_until_its_expiry_and_expired_from_then_on()
    {
        var expiry = Now.AddDays(30);
        var key = Issue(expiry);

        Assert.Equal(ApiKeyStatus.Active, key.StatusAt(Now));
        Assert.Equal(ApiKeyStatus.Active, key.StatusAt(expiry.AddTicks(-1)));
        Assert.Equal(ApiKeyStatus.Expired, key.StatusAt(expiry));
        Assert.Equal(ApiKeyStatus.Expired, key.StatusAt(expiry.AddYears(1)));
        Assert.True(key.IsUsableAt(Now));
        Assert.False(key.IsUsableAt(expiry));
    }

    [Fact]
    public void A_key_without_expiry_stays_active() =>
        Assert.Equal(ApiKeyStatus.Active, Issue().StatusAt(Now.AddYears(50)));

    [Fact]
    public void The_expiry_compares_instants_not_clock_times()
    {
        var key = Issue(Now.AddHours(1));
        var inChina = Now.AddMinutes(30).ToOffset(TimeSpan.FromHours(8));

        Assert.Equal(ApiKeyStatus.Active, key.StatusAt(inChina));
    }

    [Fact]
    public void A_revoked_key_is_revoked_even_after_it_would_have_expired()
    {
        var key = Issue(Now.AddDays(1));

        key.Revoke("合作终止", Admin, Now.AddHours(1));

        Assert.Equal(ApiKeyStatus.Revoked, key.StatusAt(Now.AddHours(2)));
        Assert.Equal(ApiKeyStatus.Revoked, key.StatusAt(Now.AddDays(2)));
        Assert.False(key.IsUsableAt(Now.AddHours(2)));
    }

    [Fact]
    public void Revoking_records_who_when_and_why()
    {
        var key = Issue();
        var at = Now.AddDays(2);

        key.Revoke("  合作终止 ", Admin, at);

        Assert.Equal(at, key.RevokedAt);
        Assert.Equal(Admin, key.RevokedBy);
        Assert.Equal("合作终止", key.RevokedReason);
    }

    [Fact]
    public void A_blank_revocation_reason_is_stored_as_none()
    {
        var key = Issue();

        key.Revoke("   ", Admin, Now);

        Assert.Null(key.RevokedReason);
        Assert.Equal(ApiKeyStatus.Revoked, key.StatusAt(Now));
    }

    [Fact]
    public void Revoking_a_key_twice_is_refused_and_keeps_the_first_revocation()
    {
        var key = Issue();
        key.Revoke("first", Admin, Now);

        var error = Assert.Throws<DomainRuleException>(() => key.Revoke("second", Guid.NewGuid(), Now.AddDays(1)));

        Assert.Equal("api-key.already-revoked", error.Code);
        Assert.Equal(Now, key.RevokedAt);
        Assert.Equal(Admin, key.RevokedBy);
        Assert.Equal("first", key.RevokedReason);
    }

    [Fact]
    public void A_revocation_reason_longer_than_the_limit_is_refused_and_the_key_stays_active()
    {
        var key = Issue();

        var error = Assert.Throws<DomainRuleException>(() => key.Revoke(new string('r', ApiKey.ReasonMaxLength + 1), Admin, Now));

        Assert.Equal("api-key.reason-invalid", error.Code);
        Assert.Null(key.RevokedAt);
        Assert.Null(key.RevokedBy);
        Assert.Equal(ApiKeyStatus.Active, key.StatusAt(Now));
    }

    [Fact]
    public void A_revocation_reason_at_the_limit_is_kept()
    {
        var key = Issue();
        var reason = new string('r', ApiKey.ReasonMaxLength);

        key.Revoke(reason, Admin, Now);

        Assert.Equal(reason, key.RevokedReason);
    }

    [Fact]
    public void A_key_never_used_counts_as_active_since_its_creation() =>
        Assert.Equal(Now, Issue().LastActivityAt);

    [Fact]
    public void A_used_key_counts_as_active_since_its_last_use()
    {
        var key = Issue();
        var used = Now.AddDays(10);
        typeof(ApiKey).GetProperty(nameof(ApiKey.LastUsedAt))!.SetValue(key, used);

        Assert.Equal(used, key.LastActivityAt);
    }
}
