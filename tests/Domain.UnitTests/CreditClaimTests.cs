using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Domain.UnitTests;

public sealed class CreditClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid FilingId = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();

    private static ProjectCredit Claim(Guid? association, RecommenderKind? kind = null, string? name = null) =>
        ProjectCredit.Propose(FilingId, Guid.NewGuid(), association, kind, null, name, CreditSource.Filer, null, null, "filer", Now);

    private static string Code(Action act) => Assert.Throws<DomainRuleException>(act).Code;

    [Fact]
    public void The_same_association_has_one_open_claim_but_another_association_competes()
    {
        var a = Guid.NewGuid();
        var open = Claim(a);
        Assert.Equal("credit.claim-exists", Code(() => ProjectCredit.EnsureCanClaim([open], a, null, null, null)));
        ProjectCredit.EnsureCanClaim([open], Guid.NewGuid(), null, null, null);
        open.Reject("材料不足。", Reviewer, "reviewer", Now);
        ProjectCredit.EnsureCanClaim([open], a, null, null, null); // a rejected claim may be proposed again
    }

    [Fact]
    public void A_named_person_has_one_open_claim_by_name()
    {
        var open = Claim(null, RecommenderKind.Person, "张先生");
        Assert.Equal("credit.claim-exists", Code(() => ProjectCredit.EnsureCanClaim([open], null, RecommenderKind.Person, null, "张先生")));
        ProjectCredit.EnsureCanClaim([open], null, RecommenderKind.Person, null, "李女士");
    }

    [Fact]
    public void Confirming_one_claim_rejects_the_others_and_a_second_confirmation_is_refused()
    {
        var first = Claim(Guid.NewGuid());
        var second = Claim(Guid.NewGuid());
        ProjectCredit.ConfirmOne(first, [first, second], Reviewer, "reviewer", Now);
        Assert.Equal(CreditStatus.Confirmed, first.Status);
        Assert.Equal(FilingId, first.ConfirmedFilingId);
        Assert.Equal(CreditStatus.Rejected, second.Status);
        Assert.Equal(ProjectCredit.AnotherClaimConfirmedReason, second.Reason);
        Assert.Contains(first.DomainEvents, e => e is CreditConfirmed);

        var third = Claim(Guid.NewGuid());
        Assert.Equal("credit.already-confirmed", Code(() => ProjectCredit.ConfirmOne(third, [first, third], Reviewer, "reviewer", Now)));
        Assert.Equal("credit.already-confirmed", Code(() => ProjectCredit.EnsureCanClaim([first], Guid.NewGuid(), null, null, null)));
    }

    [Fact]
    public void A_change_supersedes_the_confirmed_credit_with_the_reason_and_confirms_the_new_one()
    {
        var first = Claim(Guid.NewGuid());
        first.Confirm(Reviewer, "reviewer", Now);
        var other = Guid.NewGuid();
        var replacement = ProjectCredit.Change(first, [first], other, null, null, null, "经核实另有引荐方。", Reviewer, "reviewer", Now);
        Assert.Equal(CreditStatus.Superseded, first.Status);
        Assert.Null(first.ConfirmedFilingId);
        Assert.Equal("经核实另有引荐方。", first.Reason);
        Assert.Equal(CreditStatus.Confirmed, replacement.Status);
        Assert.Equal(CreditSource.Reviewer, replacement.Source);
        Assert.Equal(other, replacement.AssociationId);
        Assert.Equal("credit.reason-invalid", Code(() => ProjectCredit.Change(replacement, [replacement], other, null, null, null, " ", Reviewer, "reviewer", Now)));
    }

    [Theory]
    [InlineData(FilingStatus.Withdrawn)]
    [InlineData(FilingStatus.Revoked)]
    public void A_withdrawn_or_revoked_filing_takes_no_claim(FilingStatus status) =>
        Assert.Equal("credit.filing-closed", Code(() => ProjectCredit.EnsureFilingTakesClaims(status)));

    [Fact]
    public void Payments_and_subsidies_stay_within_the_budget_limit()
    {
        var year = PurchasedServiceYear.Create(2026, "承接机构", 2_000_000m, null, null, null, Now);
        Assert.Equal(3_000_000m, year.BudgetLimit);
        year.AddPayment(new DateOnly(2026, 3, 1), 2_000_000m, null, null, Now);
        year.AddSubsidy(Guid.NewGuid(), new DateOnly(2026, 6, 1), 1_000_000m, null, null, Now);
        Assert.Equal("purchased-service.over-budget", Code(() => year.AddPayment(new DateOnly(2026, 7, 1), 0.01m, null, null, Now)));
        Assert.Equal("purchased-service.amount-invalid", Code(() => year.AddPayment(new DateOnly(2026, 7, 1), 1.005m, null, null, Now)));
        Assert.Equal("purchased-service.over-budget", Code(() => year.Update("承接机构", 2_000_000m, 2_999_999.99m, null)));
    }
}
