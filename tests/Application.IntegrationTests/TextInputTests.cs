using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Filings.Commands.DismissDuplicate;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Application.IntegrationTests.Infrastructure;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 9 items 5 and 7 through ISender: a credit code or a text the domain would refuse is a field error before anything
/// is stored; multi-line reasons are stored and read back as written.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class TextInputTests(AppFixture fixture) : AppTest(fixture)
{
    private async Task<int> FilingCountAsync() => (await SendAsync(Admin, new ListFilingsQuery(PageSize: 1))).TotalCount;

    [Theory]
    [InlineData("000000000000000000")]
    [InlineData("91350100M000100Y56")]
    [InlineData("914307A2760750218M")]
    [InlineData("91430702760750218N")]
    public async Task A_credit_code_that_breaks_GB_32100_is_a_field_error_and_nothing_is_stored(string code)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, Draft.Complete(Equip) with { CreditCode = code }));

        Assert.Equal(["creditCode"], refused.Errors.Keys);
        Assert.Equal(0, await FilingCountAsync());
    }

    [Fact]
    public async Task Published_credit_codes_are_accepted()
    {
        foreach (var code in new[] { "914403001922038216", "9144030071526726XG", "12100000400000624D", "53100000500021676K" })
        {
            Assert.Equal(code, (await CreateAsync(Filer, Draft.Complete(Equip, "项目" + code) with { CreditCode = code })).CreditCode);
        }
    }

    [Theory]
    [InlineData("\u202eevil")]
    [InlineData("智能\t装备")]
    [InlineData("智能\u0000装备")]
    [InlineData("智能\u2066装备")]
    public async Task A_project_name_with_a_control_or_a_bidi_override_is_a_field_error_on_create_and_update(string name)
    {
        var created = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, Draft.Complete(Equip, name)));
        Assert.Equal(["projectName"], created.Errors.Keys);
        var draft = await CreateAsync(Filer);

        var updated = await Assert.ThrowsAsync<RequestValidationException>(() => UpdateAsync(Filer, draft, Draft.Complete(Equip, name)));

        Assert.Equal(["projectName"], updated.Errors.Keys);
        Assert.Equal("智能装备产业园", (await GetAsync(Filer, draft.Id)).ProjectName);
    }

    [Fact]
    public async Task Return_and_revoke_reasons_keep_their_line_breaks()
    {
        var returned = await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer)), "一、名称有误;\r\n二、金额有误。");
        Assert.Equal("一、名称有误;\r\n二、金额有误。", (await GetAsync(Filer, returned.Id)).ReturnReason);

        var approved = await ApprovedAsync("撤销测试项目");
        var revoked = await RevokeAsync(Reviewer, approved, "协议已解除\n项目终止");
        Assert.Equal("协议已解除\n项目终止", (await GetAsync(Reviewer, revoked.Id)).RevokedReason);
    }

    [Theory]
    [InlineData("名称有误\u202e")]
    [InlineData("名称\t有误")]
    [InlineData("名称\r有误")]
    public async Task A_reason_with_another_control_or_a_bidi_override_is_a_field_error(string reason)
    {
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer));

        Assert.Equal(["reasons"], (await Assert.ThrowsAsync<RequestValidationException>(() => ReturnAsync(Reviewer, submitted, reason))).Errors.Keys);
        Assert.Equal(["reason"], (await Assert.ThrowsAsync<RequestValidationException>(
            () => SendAsync(Reviewer, new DismissDuplicateCommand(submitted.Id, Guid.CreateVersion7(), reason)))).Errors.Keys);
        Assert.Equal(Domain.Filings.FilingStatus.UnderReview, (await GetAsync(Reviewer, submitted.Id)).Status);
    }
}
